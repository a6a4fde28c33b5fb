/**
 * Headings break between phrases in every browser: BudouX splits Japanese into phrases at build time, and the page
 * marks the places a line may break (`<wbr>`) inside an element styled `word-break: keep-all`. Chromium's
 * `word-break: auto-phrase` does the same on its own, but only there.
 */
import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

/** Titles come back on every list and card that shows them, so each text is split once per build. */
const seen = new Map<string, readonly string[]>();

/** 「みどり市支え合い推進会議の公募委員を募集します」 → ['みどり市支え合い', '推進会議の', '公募委員を', '募集します'] */
export const phrases = (text: string): string[] => {
  let parts = seen.get(text);
  if (!parts) {
    parts = text.trim() ? parser.parse(text) : [text];
    seen.set(text, parts);
  }
  return [...parts];
};
