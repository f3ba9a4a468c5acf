"""A client library for accessing datarhei Core API"""
