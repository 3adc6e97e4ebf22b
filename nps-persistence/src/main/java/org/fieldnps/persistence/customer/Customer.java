package org.fieldnps.persistence.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.fieldnps.domain.organisation.CustomerTier;

/**
 * A customer account as the field-service system knows it. Name, email and phone are personal
 * data: they are shown to the managers responsible and never written to a log.
 */
@Entity
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Column(name = "fsm_id", nullable = false, unique = true, length = 60)
    private String fsmId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerTier tier;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    protected Customer() {
    }

    public Customer(String fsmId, String name, CustomerTier tier, String language) {
        this.fsmId = fsmId;
        this.name = name;
        this.tier = tier;
        this.language = language;
    }

    /** Takes the name, tier and language the field-service system reports now. */
    public void update(String newName, CustomerTier newTier, String newLanguage) {
        this.name = newName;
        this.tier = newTier;
        this.language = newLanguage;
    }

    public void setContact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    /** The customer asked not to be surveyed again; honoured for every later job. */
    public void optOut() {
        this.optedOut = true;
    }

    public Long getId() {
        return id;
    }

    public String getFsmId() {
        return fsmId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isOptedOut() {
        return optedOut;
    }
}
