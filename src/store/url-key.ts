// The store keys articles by the same canonical URL as feed item identity.
export { urlKey } from '../shared/url-key.js';
