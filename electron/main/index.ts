import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app-lifecycle';

// The main bundle is ESM ("type": "module"), so its folder comes from import.meta.url.
startApp({ mainDir: dirname(fileURLToPath(import.meta.url)) });
