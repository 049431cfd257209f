export interface StepProps {
  onNext: () => void;
  onSkip: () => void;
  /** The main button's words ("Save and continue", or "Save and finish" on the last step). */
  busyLabel: string;
}
