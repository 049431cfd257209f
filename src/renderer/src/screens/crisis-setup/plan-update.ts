// The first-run steps add to the safety plan; they never replace what is in it.
import type { Contact, SafetyPlanSection, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Reads the plan, applies `change`, saves it. Null when it worked, else the message to show. */
export async function addToPlan(change: {
  sections?: Partial<Record<SafetyPlanSection, string>>;
  contact?: Contact;
}): Promise<string | null> {
  const current = await harbor.safetyPlanGet({});
  if (!current.ok) return current.error.message;
  const plan: SafetyPlanView = current.value;
  const sections = { ...plan.sections };
  for (const [section, text] of Object.entries(change.sections ?? {}) as [SafetyPlanSection, string][]) {
    const existing = sections[section].trim();
    const added = text.trim();
    if (added && !existing.includes(added)) sections[section] = existing ? `${existing}\n${added}` : added;
  }
  const contacts = [...plan.contacts];
  const c = change.contact;
  if (c && !contacts.some((x) => x.section === c.section && same(x.name, c.name) && same(x.reach, c.reach))) contacts.push(c);
  const saved = await harbor.safetyPlanSave({ sections, contacts });
  return saved.ok ? null : saved.error.message;
}
