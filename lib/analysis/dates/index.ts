export { findDates } from './find-dates';
