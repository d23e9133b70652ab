"""Browser sign-in: the owner dashboard and the admin console exchange a credential for an
HttpOnly session cookie; writes made with the cookie carry a CSRF token."""
