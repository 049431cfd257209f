// "Plan ahead for a hard day" on the Safety plan screen: the person's cope-ahead plans, soonest
// first, each one changed or deleted (asked once); a new one is made in a dialog.
import { useCallback, useEffect, useState } from 'react';
import type { CopeAheadPlan } from '../../../../shared/contract/cope-ahead.ts';
import type { Contact, CopingItem } from '../../../../shared/contract/coping.ts';
import { formatDay } from '../../../../shared/calendar.ts';
import { harbor } from '../../api/harbor';
import { Button, ConfirmDialog, Notice } from '../../components';
import { CopeAheadForm } from './CopeAheadForm';

export function CopeAheadSection({ contacts }: { contacts: Contact[] }) {
  const [plans, setPlans] = useState<CopeAheadPlan[] | null>(null);
  const [today, setToday] = useState('');
  const [items, setItems] = useState<CopingItem[]>([]);
  const [editing, setEditing] = useState<CopeAheadPlan | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CopeAheadPlan | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [list, box] = await Promise.all([harbor.copeAheadList({}), harbor.copingBox({})]);
    if (list.ok) {
      setPlans(list.value.plans);
      setToday(list.value.today);
    } else setMessage(list.error.message);
    if (box.ok) setItems(box.value.items);
  }, []);
  useEffect(() => {
    // The setState calls happen after the awaited round trip to main.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const remove = async (plan: CopeAheadPlan) => {
    const result = await harbor.copeAheadDelete({ id: plan.id });
    setDeleting(null);
    setMessage(result.ok ? `Your plan for ${plan.name} is deleted.` : result.error.message);
    void load();
  };

  const upcoming = plans?.filter((p) => p.day >= today) ?? [];
  const earlier = plans?.filter((p) => p.day < today) ?? [];
  return (
    <section className="card cope-ahead" aria-labelledby="cope-ahead-heading">
      <h2 id="cope-ahead-heading">Plan ahead for a hard day</h2>
      <p>
        When you know a day will be hard (an anniversary, an exam, an appointment), plan it now while you feel steady: what might
        happen, what you will do, who you will tell. On the day it opens first in your box; the evening before, a quiet reminder.
      </p>
      <div role="status">{message ? <Notice tone="info" live="none"><p>{message}</p></Notice> : null}</div>
      {plans && upcoming.length === 0 ? <p>No day is planned yet.</p> : null}
      <ul className="cope-ahead__list" aria-label="Days you planned for">
        {[...upcoming, ...earlier].map((plan) => (
          <li key={plan.id} className="cope-ahead__plan">
            <h3>{plan.name}</h3>
            <p className="cope-ahead__day">{plan.day === today ? 'Today' : formatDay(plan.day)}</p>
            <div className="actions">
              <Button onClick={() => setEditing(plan)} aria-label={`Change the plan for ${plan.name}`}>
                Change
              </Button>
              <Button onClick={() => setDeleting(plan)} aria-label={`Delete the plan for ${plan.name}`}>
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button variant="primary" onClick={() => setEditing('new')} disabled={plans === null}>
        Make a plan for a day
      </Button>
      {editing ? (
        <CopeAheadForm
          plan={editing === 'new' ? null : editing}
          today={today}
          items={items}
          contacts={contacts}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setMessage(`Your plan for ${saved.name} is saved.`);
              void load();
            }
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete your plan for ${deleting?.name ?? ''}?`}
        confirmLabel="Delete the plan"
        cancelLabel="Keep it"
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
