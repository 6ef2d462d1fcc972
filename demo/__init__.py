"""The demo: the network portal and the five pilot territories, drawn and written here (`manage.py load_demo`)."""
