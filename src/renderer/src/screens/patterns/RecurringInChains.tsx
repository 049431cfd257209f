import { Fragment, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index.ts';
import { harbor } from '../../api/harbor';
import { Card } from '../../components';

type Recurring = MethodOutput<'chainRecurring'>;
type Lines = Recurring['vulnerabilities'];

/**
 * What came up in more than one chain analysis: the vulnerabilities and what set things off. Across
 * every analysis, whatever the range; shown once there are two analyses to compare. Its own small
 * call, so the charts' payload stays as it is.
 */
export function RecurringInChains() {
  const [recurring, setRecurring] = useState<Recurring | null>(null);
  useEffect(() => {
    let current = true;
    void harbor.chainRecurring({}).then((result) => current && result.ok && setRecurring(result.value));
    return () => {
      current = false;
    };
  }, []);
  if (!recurring || recurring.analyses < 2) return null;
  const { vulnerabilities, promptingEvents } = recurring;
  return (
    <Card title="What keeps coming up" className="recurring">
      <p className="recurring__lead">From the times you looked at what led up to a hard day. Seeing it can help you plan for it.</p>
      {vulnerabilities.length === 0 && promptingEvents.length === 0 ? (
        <p>Nothing has come up more than once so far.</p>
      ) : null}
      <RecurringGroup title="What made things harder" lines={vulnerabilities} />
      <RecurringGroup title="What set it off" lines={promptingEvents} />
    </Card>
  );
}

/** "Came up in 3 of your reflections: tired, skipped meals", one sentence for each count. */
function RecurringGroup({ title, lines }: { title: string; lines: Lines }) {
  if (lines.length === 0) return null;
  const counts = [...new Set(lines.map((line) => line.lapses))];
  return (
    <>
      <h3 className="recurring__title">{title}</h3>
      <ul className="recurring__list">
        {counts.map((count) => (
          <li key={count}>
            Came up in {count} of your reflections:{' '}
            {lines
              .filter((line) => line.lapses === count)
              .map((line, index) => (
                <Fragment key={line.text}>
                  {index > 0 ? ', ' : null}
                  <bdi>{line.text}</bdi>
                </Fragment>
              ))}
          </li>
        ))}
      </ul>
    </>
  );
}
