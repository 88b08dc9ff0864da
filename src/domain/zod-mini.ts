/**
 * zod/mini, as the lean Lambda functions' schemas use it (the connection routes, their
 * repositories and the configuration). It is the same validator as `zod` (both are zod 4's
 * core), with functions instead of methods, so a bundle keeps only the checks it uses: about
 * 20 KB where `import { z } from 'zod'` keeps the whole 186 KB namespace (docs/deploy.md).
 * Schemas of either kind nest in the other: `z.object({ id: miniSchema })` is a zod schema.
 *
 * zod/mini registers no language ("Invalid input" for every error); classic zod registers
 * English on first use. English is registered here, so an error reads the same whichever
 * kind of schema raised it.
 */
import { config, globalConfig } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

// Classic zod's own guard: a language chosen explicitly elsewhere wins.
if (!globalConfig.localeError) config(en());

export * from 'zod/mini';
