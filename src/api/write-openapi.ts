import { writeFileSync } from 'node:fs';
import { openApiDocument } from './openapi.ts';

/** `npm run lint:api`: writes the OpenAPI document (as /api/v1/openapi.json serves it) to a file. */
const target = process.argv[2] ?? 'openapi.json';
writeFileSync(
  target,
  `${JSON.stringify(openApiDocument(process.env.PUBLIC_URL ?? 'https://portaal.example'), null, 2)}\n`,
);
console.log(`wrote ${target}`);
