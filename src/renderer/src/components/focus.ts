/** After a failed submit, put focus on the first field that has an error. */
export function focusFirstInvalid(form: HTMLFormElement, framesLeft = 30): void {
  // The errors render on a later commit, not always by the next frame (after an await, React
  // schedules the render as a task): look again each frame until a field is marked invalid.
  requestAnimationFrame(() => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (framesLeft > 0) focusFirstInvalid(form, framesLeft - 1);
  });
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
