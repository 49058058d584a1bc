import * as React from 'react';

/**
 * Calls `onChange(value)` while rendering, on the first render and whenever `value` differs
 * (`Object.is`) from the previous render's. This is React's "adjusting some state when a prop
 * changes" (react.dev, "You Might Not Need an Effect"): it replaces an effect that copies a prop
 * into state, which would render once with the stale state and then again. `onChange` may only
 * set state of the component calling the hook.
 */
export const useOnChange = <T>(value: T, onChange: (value: T) => void) => {
  const [seen, setSeen] = React.useState<{ value: T } | null>(null);
  if (seen === null || !Object.is(seen.value, value)) {
    setSeen({ value });
    onChange(value);
  }
};

/** Runs `reset` each time a dialog opens, so it starts empty; closing keeps its state for the exit animation. */
export const useResetOnOpen = (open: boolean, reset: () => void) =>
  useOnChange(open, (isOpen) => {
    if (isOpen) reset();
  });
