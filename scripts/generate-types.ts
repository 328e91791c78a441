// `npm run generate-types`: regenerates shared-types from the Strapi schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_FILE, generateContentModule } from '../shared-types/generator/type-generator.ts';
import { step } from './lib/log.ts';

mkdirSync(path.dirname(GENERATED_FILE), { recursive: true });
writeFileSync(GENERATED_FILE, generateContentModule());
step('types', `wrote ${path.relative(process.cwd(), GENERATED_FILE)}`);
