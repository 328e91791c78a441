// Strapi's own English: every message of the admin and its plugins (their en.json files), as
// matchers for text an editor sees. A Strapi upgrade that adds strings adds them here by itself.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ROOT } from '../../../scripts/lib/paths.ts';

/** Every `translations/en.json.mjs` of the installed @strapi packages (not their nested node_modules). */
function englishFiles(): string[] {
  const scope = path.join(ROOT, 'node_modules', '@strapi');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith(`${path.sep}translations${path.sep}en.json.mjs`)) found.push(full);
    }
  };
  for (const pkg of readdirSync(scope)) walk(path.join(scope, pkg, 'dist'));
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression source matching every text the message can give. */
function sourceOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          return escape(element.value);
        case TYPE.pound:
          return '[\\d.,]+';
        case TYPE.plural:
        case TYPE.select:
          return `(?:${Object.values(element.options)
            .map((option) => sourceOf(option.value))
            .join('|')})`;
        case TYPE.tag:
          return sourceOf(element.children);
        default:
          return '.+?';
      }
    })
    .join('');
}

/** The literal words of a message: what makes it English. */
function wordsOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.plural || element.type === TYPE.select)
        return Object.values(element.options)
          .map((option) => wordsOf(option.value))
          .join(' ');
      if (element.type === TYPE.tag) return wordsOf(element.children);
      return ' ';
    })
    .join('');
}

export interface EnglishMessage {
  key: string;
  text: string;
  pattern: RegExp;
  /** Its words of Latin letters alone (lower case): a text must show one of them to be this message. */
  words: Set<string>;
}

/**
 * Words made of Latin letters alone, three or more, in lower case: "Tiếng Việt" has none, and a
 * message whose only words are "in" or "by" around placeholders would match any text.
 */
const latinWords = (text: string) =>
  text
    .split(/[^\p{L}]+/u)
    .filter((word) => /^[A-Za-z]{3,}$/.test(word))
    .map((word) => word.toLowerCase());

/**
 * Strapi's English messages that read as English: some word of two or more Latin letters, and not
 * one of `sameInVietnamese` (names and terms the Vietnamese keeps: "Email", "URL", "Markdown").
 */
export async function englishMessages(sameInVietnamese: Set<string>): Promise<EnglishMessage[]> {
  const messages = new Map<string, EnglishMessage>();
  for (const file of englishFiles()) {
    const strings = (await import(pathToFileURL(file).href)) as { default: Record<string, string> };
    for (const [key, text] of Object.entries(strings.default)) {
      if (messages.has(text) || sameInVietnamese.has(text.trim())) continue;
      let elements: MessageFormatElement[];
      try {
        elements = parse(text, { ignoreTag: false });
      } catch {
        // A few of Strapi's messages are not valid ICU (react-intl shows them as written).
        elements = [{ type: TYPE.literal, value: text }];
      }
      const words = new Set(latinWords(wordsOf(elements)));
      if (words.size === 0) continue;
      messages.set(text, { key, text, words, pattern: new RegExp(`^\\s*${sourceOf(elements)}\\s*$`, 's') });
    }
  }
  return [...messages.values()];
}

/** The messages `text` is exactly one of. */
export function englishIn(text: string, messages: EnglishMessage[]): EnglishMessage | undefined {
  const words = latinWords(text);
  if (words.length === 0) return undefined;
  return messages.find(
    (message) => words.some((word) => message.words.has(word)) && message.pattern.test(text),
  );
}
