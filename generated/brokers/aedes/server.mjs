// Aedes on 127.0.0.1:PORT: `node server.mjs PORT`. The suite's standard
// configuration for aedes: anonymous clients allowed (aedes' default
// authenticate accepts everyone, any user name and password included), client
// ids up to the protocol's length (aedes' default stops at 23), in-memory
// persistence (nothing survives a restart). Logs one line per connection and
// subscription to stdout, which the runner captures.
import net from 'node:net';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node server.mjs PORT');
  process.exit(2);
}
// aedes lives in AEDES_HOME/node_modules (see ./install), not beside this file.
const home = process.env.AEDES_HOME ?? process.cwd();
const require = createRequire(`${home}/`);
const entry = require.resolve('aedes');
const { Aedes } = await import(pathToFileURL(entry).href);
const { version } = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8'));

const aedes = await Aedes.createBroker({ maxClientsIdLength: 65535 });
const time = () => new Date().toISOString().slice(11, 23);
aedes.on('client', (c) => console.log(`${time()} client connected ${c.id}`));
aedes.on('clientDisconnect', (c) => console.log(`${time()} client disconnected ${c.id}`));
aedes.on('clientError', (c, e) => console.log(`${time()} client error ${c.id}: ${e.message}`));
aedes.on('connectionError', (c, e) => console.log(`${time()} connection error: ${e.message}`));
aedes.on('subscribe', (subs, c) =>
  console.log(`${time()} ${c?.id} subscribed ${subs.map((s) => `${s.topic} q${s.qos}`).join(', ')}`));

const server = net.createServer(aedes.handle);
server.on('error', (e) => {
  console.error(`${time()} listen error: ${e.code ?? e.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`${time()} aedes ${version} listening on 127.0.0.1:${port}`));
const stop = () => server.close(() => aedes.close(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
