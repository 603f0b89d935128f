/** An on/off switch: a button with role="switch", its label inside so it is read with the state. */
export interface PopupSwitchProps {
  /** Visible label, also the accessible name. */
  label: string;
  /** Whether the switch is on. */
  checked: boolean;
  /** Called with the new state. */
  onChange: (checked: boolean) => void;
  /** Greyed out and not operable (e.g. on pages Fact Cards cannot run on). */
  disabled?: boolean;
  /** A line under the label explaining the current state. */
  hint?: string;
  /** Test hook. */
  testId?: string;
}

export function PopupSwitch({
  label,
  checked,
  onChange,
  disabled,
  hint,
  testId,
}: PopupSwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {hint && <span class="switch-hint">{hint}</span>}
      </span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
