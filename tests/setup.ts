// type-graphql reads decorator metadata through reflect-metadata, which must load first.
import "reflect-metadata";
