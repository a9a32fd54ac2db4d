#pragma once

namespace MentorDesk::SecretServiceLock {

// Whether the Secret Service's default collection (where QtKeychain keeps MentorDesk's entries on Linux) exists and
// is locked. A locked collection whose unlock prompt was cancelled, or could not be shown, reads as "no entry" to
// QtKeychain; this tells that apart from an entry that is really missing. False where there is no Secret Service.
bool isDefaultCollectionLocked();

} // namespace MentorDesk::SecretServiceLock
