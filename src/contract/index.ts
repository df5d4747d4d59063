export * from './result';
export * from './channel-names';
export * from './channels';
export * from './clients';
export { toFieldIssues } from './issues';
