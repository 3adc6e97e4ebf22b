package org.fieldnps.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A key an integration (the field-service system, a call centre) uses to call the REST API. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "key_prefix", nullable = false, unique = true, length = 16)
    private String keyPrefix;

    @Column(nullable = false, length = 64)
    private String salt;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiKey() {
    }

    ApiKey(String name, String keyPrefix, String salt, String keyHash, Instant createdAt) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.salt = salt;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    String getSalt() {
        return salt;
    }

    String getKeyHash() {
        return keyHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
