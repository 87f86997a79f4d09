/**
 * Media relations (spec 30): the vocabulary shared by the server and the web — tones, media
 * types, interview outcomes — with their labels in both languages, and the request and response
 * shapes of the API, one file per subject.
 */
export * from './media/digests';
export * from './media/interviews';
export * from './media/news';
export * from './media/records';
export * from './media/vocabulary';
