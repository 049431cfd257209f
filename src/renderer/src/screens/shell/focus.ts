/** After a failed submit, put focus on the first field that has an error. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  // Errors render on the next commit; wait a frame so aria-invalid is set.
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** Moves focus to a screen's heading so screen readers announce where the person is now. */
export function focusScreenTitle(root: ParentNode = document): void {
  requestAnimationFrame(() => {
    const heading = root.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  });
}
