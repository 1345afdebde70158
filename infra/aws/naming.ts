import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export const SERVICE_NAME = 'avg-verzoeken';
export const TIME_ZONE = 'Europe/Amsterdam';

/** Construct ids from function names: "portal-sign-in" becomes "PortalSignIn". */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
}

/** A cdk-nag finding that is accepted on purpose, on one construct and its children. */
export function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}
