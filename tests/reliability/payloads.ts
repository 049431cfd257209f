// Generated IPC payloads for the fuzz test (fast-check): hostile values of every kind, and
// payloads shaped like each method's input (read from its zod schema) with fields left out,
// added, or replaced by hostile values, so validation is exercised deep inside, not only at the top.
import fc from 'fast-check';
import { z } from 'zod';
import { contract, type ApiMethod } from '../../src/shared/contract/index.ts';

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  items?: JsonSchema;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** Keys that would pollute prototypes if code merged objects carelessly. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];

// Built once and shared by reference: many payloads carry them without costing memory each time.
const HUGE_TEXT = 'h'.repeat(3_000_000);
const HUGE_UNICODE = '🌊ü\u0000'.repeat(120_000);

/** An object whose keys are own properties even when they are "__proto__" (as JSON.parse and structured clone make them). */
function ownObject(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = asArray ? [] : {};
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const pollution: fc.Arbitrary<unknown> = fc.constantFrom(
  ownObject([['__proto__', { polluted: 'yes', isAdmin: true }]]),
  ownObject([['constructor', { prototype: { polluted: 'yes' } }]]),
  ownObject([['prototype', { polluted: 'yes' }]]),
  ownObject([
    ['__proto__', { toString: 'not a function' }],
    ['valueOf', 5],
  ]),
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    true,
    false,
    '',
    ' ',
    '\u0000',
    '\uD800',
    'null',
    '__proto__',
    '/etc/passwd',
    '..\\..\\windows\\system32',
    "' OR 1=1; DROP TABLE entries; --",
    '"harbour" NEAR(wall) * -x',
    '%s%n%x',
    '<img src=x onerror=alert(1)>',
    HUGE_TEXT,
    HUGE_UNICODE,
    'x'.repeat(100_001),
    '2025-02-30',
    '0000-00-00',
    '9999-12-31',
    new Date(Number.NaN),
    new Map([['a', 1]]),
    new Set([1, 2]),
    new Uint8Array([1, 2, 3]),
    new ArrayBuffer(8),
    -1,
    1.5,
    2 ** 31,
    2 ** 53,
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

/** Any hostile value: leaves, arrays and objects of them (prototype keys included), deep nesting, pollution attempts. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: leaf, weight: 5 },
  {
    arbitrary: fc.anything({
      key: fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 12 })),
      values: [leaf],
      maxDepth: 4,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
    }),
    weight: 3,
  },
  { arbitrary: pollution, weight: 2 },
  { arbitrary: fc.tuple(fc.integer({ min: 200, max: 20_000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, asArray)), weight: 1 },
  { arbitrary: fc.array(leaf, { maxLength: 8 }), weight: 1 },
);

const DAY_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;
const realDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2025-06-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Values the schema accepts as far as JSON Schema can say (zod refinements may still refuse some). */
function valid(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valid(s, depth)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      const maxLength = Math.min(schema.maxLength ?? 60, 60);
      const minLength = Math.min(schema.minLength ?? 0, maxLength);
      if (schema.pattern === DAY_PATTERN) return fc.oneof(realDay, fc.stringMatching(new RegExp(DAY_PATTERN)));
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'grapheme', minLength, maxLength }));
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
      const step = schema.multipleOf ?? 1;
      if (type === 'number' && step === 1) return fc.double({ min, max, noNaN: true });
      return fc.integer({ min: Math.ceil(min / step), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER) / step) }).map((n) => n * step);
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(valid(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, valid(s, depth + 1)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.constant({});
  }
}

/**
 * A payload shaped like the schema, with damage: fields left out, hostile values in some fields
 * (at any depth), and extra fields (prototype keys among them).
 */
function damaged(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' && schema.properties && depth < 4) {
    const model = Object.fromEntries(
      Object.entries(schema.properties).map(([key, s]) => [
        key,
        fc.oneof({ arbitrary: valid(s, depth + 1), weight: 2 }, { arbitrary: damaged(s, depth + 1), weight: 1 }, { arbitrary: hostile, weight: 2 }),
      ]),
    );
    const extras = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 10 })), hostile), { maxLength: 2 });
    return fc
      .tuple(fc.record(model, { requiredKeys: [] }), fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: extras, weight: 1 }))
      .map(([base, extra]) => ownObject([...Object.entries(base), ...(extra as [string, unknown][])]));
  }
  if (type === 'array' && schema.items && depth < 4) {
    return fc.array(fc.oneof(valid(schema.items, depth + 1), damaged(schema.items, depth + 1), hostile), { maxLength: 4 });
  }
  return fc.oneof({ arbitrary: hostile, weight: 3 }, { arbitrary: valid(schema, depth), weight: 1 });
}

export function inputSchema(method: ApiMethod): JsonSchema {
  return z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Payloads for one method: mostly damaged or hostile, some valid as far as the schema can tell. */
export function payloadsFor(method: ApiMethod): fc.Arbitrary<unknown> {
  const schema = inputSchema(method);
  return fc.oneof(
    { arbitrary: hostile, weight: 4 },
    { arbitrary: damaged(schema), weight: 5 },
    { arbitrary: valid(schema), weight: 1 },
  );
}
