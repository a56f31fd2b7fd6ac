"""质疑 at the desk: raising a question about a record, the list to answer
them within their deadline, and a manager's leave to show an answer."""
