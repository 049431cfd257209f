import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { SEARCH_MAX, type DayRecord, type SnippetPart } from '../../../../shared/contract/journal.ts';
import { harbor } from '../../api/harbor';
import { Button, ErrorNotice, LimitCounter } from '../../components';
import { formatDay } from '../../../../shared/calendar.ts';
import { recordLine } from './record-words';
import { useWords } from '../../api/AppearanceProvider';

interface Result {
  day: string;
  where: 'reflection' | 'answers' | 'tags' | 'helped';
  snippet: SnippetPart[];
  record: DayRecord;
}

const whereLabel: Record<Result['where'], string | null> = {
  reflection: null,
  answers: 'In a prompt answer: ',
  tags: 'Triggers: ',
  helped: 'What helped: ',
};

export interface SearchViewProps {
  query: string;
  onQueryChange: (query: string) => void;
  onOpenDay: (day: string) => void;
}

const PAGE = 20;

/** Matching words are wrapped in <mark> as React elements; no HTML string is ever injected. */
function Snippet({ parts, where }: { parts: SnippetPart[]; where: Result['where'] }) {
  return (
    <p className="search__snippet">
      {whereLabel[where] ? <span className="search__where">{whereLabel[where]}</span> : null}
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

export function SearchView({ query, onQueryChange, onOpenDay }: SearchViewProps) {
  const inputId = useId();
  const w = useWords();
  const [text, setText] = useState(query);
  const [results, setResults] = useState<Result[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async (words: string, before?: string) => {
    const result = await harbor.journalSearch(before ? { query: words, before, limit: PAGE } : { query: words, limit: PAGE });
    if (!result.ok) return { error: result.error.message };
    return { page: result.value };
  }, []);

  // Coming back from a result shows the same search again.
  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    void run(query).then((outcome) => {
      if (!current) return;
      if ('error' in outcome) return setError(outcome.error ?? null);
      setResults(outcome.page.results);
      setMore(outcome.page.more);
    });
    return () => {
      current = false;
    };
  }, [query, run]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!text.trim()) {
      setResults(null);
      return onQueryChange('');
    }
    onQueryChange(text);
  };

  const older = async () => {
    const last = results?.at(-1);
    if (!last) return;
    const outcome = await run(query, last.day);
    if ('error' in outcome) return setError(outcome.error ?? null);
    setResults([...(results ?? []), ...outcome.page.results]);
    setMore(outcome.page.more);
  };

  return (
    <div className="search">
      <form role="search" className="search__form" onSubmit={submit}>
        <label className="field__label" htmlFor={inputId}>
          Search your journal
        </label>
        <div className="search__row">
          <input
            autoComplete="off"
            id={inputId}
            type="search"
            className="field__input"
            value={text}
            aria-describedby={`${inputId}-count`}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="primary">
            Search
          </Button>
        </div>
        <LimitCounter id={`${inputId}-count`} length={text.length} limit={SEARCH_MAX} />
        <p className="field__hint">Finds words in your reflections, answers, triggers and what helped. Newest first.</p>
      </form>
      <ErrorNotice message={error} />
      <p role="status" className="search__count">
        {results === null || !query.trim()
          ? ''
          : results.length === 0
            ? `Nothing found for “${query.trim()}”. Try another word or a shorter one.`
            : `${results.length}${more ? '+' : ''} ${results.length === 1 ? 'check-in' : 'check-ins'} found.`}
      </p>
      {results && results.length > 0 ? (
        <ol className="search__results">
          {results.map((result) => (
            <li key={result.day} className="search__result">
              <button type="button" className="search__day" onClick={() => onOpenDay(result.day)}>
                {formatDay(result.day)}
              </button>
              <Snippet parts={result.snippet} where={result.where} />
              {recordLine(result.record, w).length > 0 ? <p className="search__record">{recordLine(result.record, w).join(' · ')}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {more ? <Button onClick={() => void older()}>Show more results</Button> : null}
    </div>
  );
}
