/** The catalogue's filter by period and province: shown only with the script, it hides the cards and groups that do not match. */
export function filterCatalogue(): void {
  const form = document.querySelector<HTMLFormElement>('form.filter');
  if (!form) return;
  const period = form.elements.namedItem('period') as HTMLSelectElement;
  const province = form.elements.namedItem('province') as HTMLSelectElement;
  const count = form.elements.namedItem('count') as HTMLOutputElement;
  const apply = () => {
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>('section.period')) {
      let any = false;
      for (const card of group.querySelectorAll<HTMLElement>('.card')) {
        const match =
          (!period.value || card.dataset.period === period.value) && (!province.value || card.dataset.province === province.value);
        card.hidden = !match;
        if (match) shown++;
        any ||= match;
      }
      group.hidden = !any;
    }
    count.value = `显示 ${shown} 个规划`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
