import { resolve } from 'node:path';
import { generateSync, generateURI } from 'otplib';
import { readPortalUsersFile } from './seed-users';

/**
 * `npm run totp -- <e-mailadres>`: the current code of a seeded local portal
 * user, so signing in locally needs no authenticator app. With `--app` it also
 * prints the secret and the otpauth:// link for adding the account to an app.
 */
const usersFile = resolve(import.meta.dirname, '../../.local-data/portal-users.json');
const args = process.argv.slice(2);
const email = args.find((arg) => !arg.startsWith('--'))?.toLowerCase();
const seeded = readPortalUsersFile(usersFile);

if (!seeded) {
  console.error(`Geen lokale portaalgebruikers gevonden (${usersFile}). Start eerst het systeem: npm start`);
  process.exit(1);
}
const user = seeded.users.find((candidate) => candidate.email === email);
if (!email || !user) {
  console.error('Gebruik: npm run totp -- <e-mailadres> [--app]');
  console.error(`Bijvoorbeeld: npm run totp -- ${seeded.users[0]?.email ?? 'rgo.contact@portaal.example'}`);
  process.exit(1);
}

const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(generateSync({ secret: user.totpSecret }));
console.error(`(nog ${secondsLeft} seconden geldig)`);
if (args.includes('--app')) {
  console.error(`Sleutel: ${user.totpSecret}`);
  console.error(generateURI({ issuer: 'Privacyportaal lokaal', label: user.email, secret: user.totpSecret }));
}
