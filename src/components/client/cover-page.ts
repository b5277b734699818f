/** A cover's only script: the share control, on a page that reads fine without it. */
import { addShareControls } from './share-controls.ts';

addShareControls();
