import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [];

export const flashcards: Flashcard[] = [];
