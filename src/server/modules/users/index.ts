export { findUser, findUserByEmail, insertUsers, type UserRow } from './users.repo.js';
export { createUser, type NewUser } from './users.service.js';
export { hashPassword as hashUserPassword, verifyPassword } from './users.passwords.js';
