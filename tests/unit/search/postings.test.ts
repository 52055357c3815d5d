import { describe, expect, it } from "vitest";
import { decodePostings, encodePostings, LazyPostings } from "../../../app/_shared/search/postings";

type Postings = Map<number, Map<number, number>>;

const sample: Postings = new Map([
  [0, new Map([[3, 1], [7, 2], [70_000, 1], [12, 5]])], // out of order after an update, large ids
  [2, new Map([[1, 1]])],
]);

function decode(encoded: string): Postings {
  const out: Postings = new Map();
  decodePostings(encoded, (fieldId, docs) => out.set(fieldId, docs));
  return out;
}

describe("posting encoding", () => {
  it("round-trips documents, frequencies and order, and counts postings", () => {
    const [encoded, count] = encodePostings(sample, () => true);
    expect(count).toBe(5);
    expect(encoded).toMatch(/^[0-9A-Za-z_-]+$/); // JSON-safe without escaping
    expect([...decode(encoded)].map(([f, d]) => [f, [...d]])).toEqual([...sample].map(([f, d]) => [f, [...d]]));
  });

  it("leaves out discarded documents and empty fields", () => {
    const [encoded, count] = encodePostings(sample, (id) => id !== 1 && id !== 70_000);
    expect(count).toBe(3);
    expect([...decode(encoded).keys()]).toEqual([0]);
  });

  it("rejects corrupt data", () => {
    expect(() => decode("0*")).toThrow(/Corrupt/);
  });

  it("decodes lazily, on first use, and then behaves as a Map", () => {
    const [encoded, count] = encodePostings(sample, () => true);
    const lazy = new LazyPostings(encoded, count);
    expect(lazy.postingCount()).toBe(5); // known without decoding
    expect(lazy.get(0)?.get(7)).toBe(2);
    lazy.set(1, new Map([[9, 1]]));
    expect(lazy.size).toBe(3);
    expect(lazy.postingCount()).toBe(6);
    expect([...lazy.keys()]).toEqual([0, 2, 1]);
    expect(lazy.delete(2)).toBe(true);
    expect([...lazy].map(([f]) => f)).toEqual([0, 1]);
  });
});
