/** Writes the JSON Schemas of the reports to schema/ (npm run schema). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { reportJsonSchemas } from '../src/model/json-schema.js';

mkdirSync('schema', { recursive: true });
for (const [name, schema] of Object.entries(reportJsonSchemas())) {
  writeFileSync(`schema/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`schema/${name}.schema.json`);
}
