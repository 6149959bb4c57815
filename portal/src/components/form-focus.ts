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
