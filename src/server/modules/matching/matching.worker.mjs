// Worker entry: a worker thread starts without the main thread's TypeScript loader, so it
// registers tsx first and then runs the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./matching.worker.ts');
