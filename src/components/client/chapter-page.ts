/** A chapter page's only script: enhancements for a page that reads fine without it. */
import { markCurrentSection } from './current-section.ts';
import { toggleOnPage } from './on-page.ts';
import { addShareControls } from './share-controls.ts';

toggleOnPage();
markCurrentSection();
addShareControls();
