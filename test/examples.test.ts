import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJourneyFile, serializeJourneyFile } from '../src/model/format/index.ts';
import { TEMPLATES } from '../src/model/templates/index.ts';

describe('the example files in examples/', () => {
  for (const template of TEMPLATES.filter((t) => t.id !== 'blank')) {
    it(`${template.id}.cx.json is the template as serialised (run scripts/write-examples.ts after a template change)`, () => {
      const text = readFileSync(`examples/${template.id}.cx.json`, 'utf8');
      expect(text).toBe(serializeJourneyFile(template.create()));
      const parsed = parseJourneyFile(text);
      expect(parsed.ok).toBe(true);
    });
  }
});
