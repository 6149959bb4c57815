/**
 * After a form's own check fails: move focus to the first field with an error, so someone using a
 * keyboard or a screen reader lands on what to fix instead of hunting for it.
 */
export function focusFirstInvalid(form: HTMLFormElement): void {
  // After React has drawn the error state.
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('.onsplan-field--invalid input, .onsplan-field--invalid textarea, .onsplan-field--invalid select, [aria-invalid="true"]')?.focus();
  });
}

/**
 * After a step that removes the form it was sent from (an answer given, a decision taken): focus
 * goes to the element with this id (made focusable with tabIndex -1), so it is not lost on the page.
 */
export function focusAfterUpdate(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
