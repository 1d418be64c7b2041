//! Each core function on small inputs: what passes, what fails, and the message.
