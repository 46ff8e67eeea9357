// Writes the example journey files in examples/ from the templates (run after a template changes).
import { writeFileSync, mkdirSync } from 'node:fs';
import { serializeJourneyFile } from '../src/model/format/index.ts';
import { TEMPLATES } from '../src/model/templates/index.ts';

mkdirSync('examples', { recursive: true });
for (const template of TEMPLATES) {
  if (template.id === 'blank') continue;
  const file = `examples/${template.id}.cx.json`;
  writeFileSync(file, serializeJourneyFile(template.create()));
  console.log(`wrote ${file}`);
}
