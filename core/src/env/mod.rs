//! `.env` parsing and validation (see ../shared/ENV-RULES.md). Being written.
