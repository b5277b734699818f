/** One polite live region at the foot of the screen: it confirms a copy, or offers the text to copy by hand. */
let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Created up front, empty, so that screen readers are listening when a message arrives. */
export function toastRegion(): HTMLElement {
  if (!region) {
    region = document.createElement('div');
    region.className = 'toast';
    region.setAttribute('role', 'status');
    // Inside the main landmark, so that no content lies outside landmarks.
    (document.querySelector('main') ?? document.body).append(region);
  }
  return region;
}

/** A short confirmation, shown for a few seconds. */
export function showToast(message: string): void {
  const box = toastRegion();
  clearTimeout(timer);
  box.replaceChildren(message);
  box.classList.add('shown');
  timer = setTimeout(() => {
    box.classList.remove('shown');
    box.replaceChildren();
  }, 3000);
}

/** When copying failed: the text in a selected field, for a long press or Ctrl+C, until closed. */
export function showManualCopy(text: string): void {
  const box = toastRegion();
  clearTimeout(timer);
  const label = document.createElement('label');
  label.append('无法自动复制，请手动复制：');
  const field = document.createElement('input');
  field.readOnly = true;
  field.value = text;
  label.append(field);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.addEventListener('click', () => {
    box.classList.remove('shown');
    box.replaceChildren();
  });
  box.replaceChildren(label, close);
  box.classList.add('shown');
  field.focus();
  field.select();
}
