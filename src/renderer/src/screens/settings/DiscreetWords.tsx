import { vocabulary, wordsShownInSettings } from '../../../../shared/vocabulary.ts';

/**
 * The words discreet mode changes, beside the usual ones, so the person knows where to look.
 * Folded away: it is the one place the usual words stay, shown only when the person asks.
 */
export function DiscreetWords() {
  return (
    <details className="discreet-words">
      <summary>The words discreet mode changes</summary>
      <table className="discreet-words__table">
        <caption>What discreet mode says instead</caption>
      <thead>
        <tr>
          <th scope="col">Usually</th>
          <th scope="col">In discreet mode</th>
        </tr>
      </thead>
      <tbody>
        {wordsShownInSettings.map((key) => (
          <tr key={key}>
            <td>{vocabulary[key].usual}</td>
            <td>{vocabulary[key].discreet}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </details>
  );
}
