// Every fixture page through the real extension (tests/e2e/fill-fixtures-suite.ts): shard 2 of 2, so two
// browsers share the pages when vitest runs two workers.
import { defineFixtureSuite } from './fill-fixtures-suite';

defineFixtureSuite(1, 2);
