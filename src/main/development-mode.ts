/**
 * Preloaded by `npm start` and `npm run dev` (`node --import ./src/main/development-mode.ts …`):
 * the embedded default says its mode out loud. The configuration (src/config.ts) requires an
 * explicit NODE_ENV, so an unset one never means development by accident (issue 13, finding 10);
 * these development scripts set it when the operator did not. A value the operator gave stays.
 */
process.env.NODE_ENV ??= 'development';
