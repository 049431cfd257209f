// Every field of every contract input has words for a person, and no refusal names a field key.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiMethods, contract } from '../../src/shared/contract/index.ts';
import { describeIssue, describeIssues, fieldWordsFor } from '../../src/shared/contract/field-words.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[] };
/** A field as a path of keys; `[]` marks "inside a list". */
type FieldPath = (string | [])[];

function fieldsOf(schema: JsonSchema, prefix: FieldPath = [], seen = new Set<JsonSchema>()): FieldPath[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out: FieldPath[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    out.push([...prefix, key]);
    out.push(...fieldsOf(child, [...prefix, key], seen));
  }
  if (schema.items) out.push(...fieldsOf(schema.items, [...prefix, []], seen));
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) out.push(...fieldsOf(branch, prefix, seen));
  return out;
}

const inputSchemaOf = (method: keyof typeof contract) => contract[method].input as z.ZodType;
const fieldsByMethod = apiMethods.map((method) => ({
  method,
  fields: fieldsOf(z.toJSONSchema(inputSchemaOf(method), { unrepresentable: 'any', io: 'input' }) as JsonSchema),
}));
const allKeys = [...new Set(fieldsByMethod.flatMap(({ fields }) => fields.flatMap((f) => f.filter((k): k is string => typeof k === 'string'))))];

/** An input holding only `bad` at the field's place. */
function inputWith(path: FieldPath, bad: unknown): unknown {
  const [head, ...rest] = path;
  const inner = rest.length === 0 ? bad : inputWith(rest, bad);
  return typeof head === 'string' ? { [head]: inner } : [inner];
}

const longText = 'x'.repeat(3_000_001);
const badValues: unknown[] = [{ surely: 'wrong' }, 12.5, -1, longText, '', [1, 2], null, true];

/** True when the message reads as a sentence with no field key or dotted path in it. */
function assertPlain(message: string, context: string) {
  expect(message, context).toMatch(/^[A-Z"“].{6,}[.?]$/s);
  expect(message, context).not.toMatch(/\b[a-z]+[A-Z]\w*\b/); // camelCase keys such as checkIn or peakUrge
  expect(message, context).not.toMatch(/\b[a-zA-Z_]+\.[a-zA-Z_]+\b/); // dotted paths such as checkIn.reflection
  expect(message, context).not.toMatch(/\b\w+_\w+\b/); // snake_case keys such as warning_signs
  for (const key of allKeys) expect(message, `${context}: names the field key "${key}"`).not.toContain(`${key}:`);
  expect(message, context).not.toMatch(/Invalid input|expected|received|[<>]=/);
}

describe('the words for every contract field', () => {
  it('finds the fields of the contract (the walk itself works)', () => {
    const saveEntry = fieldsByMethod.find((m) => m.method === 'journalSaveEntry')!;
    expect(saveEntry.fields).toContainEqual(['checkIn', 'reflection']);
    expect(saveEntry.fields).toContainEqual(['checkIn', 'triggers', [], 'name']);
    expect(allKeys.length).toBeGreaterThan(100);
  });

  it.each(fieldsByMethod)('$method: every field has words for a person', ({ fields }) => {
    for (const field of fields) expect(fieldWordsFor(field.map((k) => (typeof k === 'string' ? k : 0))), JSON.stringify(field)).toBeTruthy();
  });

  it.each(fieldsByMethod)('$method: every refusal is a plain sentence, whatever is wrong', ({ method, fields }) => {
    const schema = inputSchemaOf(method);
    const inputs: unknown[] = [{}, [], 'text', 42, null, { somethingElse: 1 }];
    for (const field of fields) for (const bad of badValues) inputs.push(inputWith(field, bad));
    let checked = 0;
    for (const input of inputs) {
      const result = schema.safeParse(input);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        assertPlain(describeIssue(issue, input), `${method} ${JSON.stringify(issue.path)} ${issue.code}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('refusals a person can meet', () => {
  const first = (method: keyof typeof contract, input: unknown) => {
    const result = inputSchemaOf(method).safeParse(input);
    if (result.success) throw new Error('expected a refusal');
    return describeIssues(result.error, input);
  };

  it('says which part of the check-in is too long, in words', () => {
    expect(first('journalSaveEntry', { day: '2025-03-01', checkIn: { reflection: 'a'.repeat(100_001) } })).toBe(
      'Your reflection is too long: it can hold at most 100,000 characters.',
    );
    expect(first('journalSaveEntry', { day: '2025-03-01', checkIn: { triggers: [{ name: 'a'.repeat(81), kind: 'thought' }] } })).toBe(
      'Keep a tag to 80 characters.',
    );
  });

  it('says a missing or malformed date plainly', () => {
    expect(first('journalGetDay', {})).toBe('The date is missing.');
    expect(first('journalGetDay', { day: 'tomorrow' })).toBe('Use a date written like 2025-03-14.');
    expect(first('journalGetDay', { day: 3 })).toBe('The date should be text.');
  });

  it('never lists an unexpected field by its key', () => {
    expect(first('vaultUnlock', { passphrase: 'x', spare: 1 })).toBe('This request holds something Harbor does not expect.');
  });
});

describe('starter crisis lines', () => {
  it('are plain labels: no dates or history beside a number', async () => {
    const { starterCrisisLines } = await import('../../src/shared/crisis-lines.ts');
    for (const line of starterCrisisLines) {
      for (const text of [line.service, line.reach, line.discreetService ?? '']) expect(text, line.country).not.toMatch(/\bsince\b|\b(19|20)\d\d\b/i);
    }
  });
});
