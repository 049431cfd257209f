import { copingKinds, type CopingKind } from '../../../../shared/coping-constants.ts';
import { kindInfo } from './kinds';

export interface KindFieldProps {
  id: string;
  value: CopingKind;
  onChange: (kind: CopingKind) => void;
}

/** Which kind of relief a coping item is: a labelled choice of the five kinds. */
export function KindField({ id, value, onChange }: KindFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Kind
      </label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(event.target.value as CopingKind)}>
        {copingKinds.map((k) => (
          <option key={k} value={k}>
            {kindInfo[k].label}
          </option>
        ))}
      </select>
    </div>
  );
}
