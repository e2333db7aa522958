// Every fixture page through the real extension (tests/e2e/fill-fixtures-suite.ts): shard 3 of 3, so
// three browsers share the pages when vitest runs three workers.
import { defineFixtureSuite } from './fill-fixtures-suite';

defineFixtureSuite(2, 3);
