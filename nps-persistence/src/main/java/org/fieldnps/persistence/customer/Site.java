package org.fieldnps.persistence.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A place where a customer has equipment that engineers visit. */
@Entity
public class Site {

    @Id
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    private Long id;

    @Column(name = "fsm_id", nullable = false, unique = true, length = 60)
    private String fsmId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 120)
    private String town;

    protected Site() {
    }

    public Site(String fsmId, Customer customer, String name, String town) {
        this.fsmId = fsmId;
        this.customer = customer;
        this.name = name;
        this.town = town;
    }

    public Long getId() {
        return id;
    }

    public String getFsmId() {
        return fsmId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getTown() {
        return town;
    }
}
